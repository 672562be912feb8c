package dk.almenmonitor.newbuild;

/**
 * How far a project has come in the municipal support process: the latest of its Skema A, B and C dates on or before
 * a day ({@code NONE} = no Skema A yet, e.g. a project in early dialogue).
 */
enum Stage {
    NONE, A, B, C
}
