package dk.almenmonitor.newbuild;

import java.time.LocalDate;

/** A validated row of the project list. */
record Project(String projectId, int organisationNo, String name, int postalCode, HousingType housingType,
               int dwellings, int smallCheap, boolean urbanDevelopment, LocalDate skemaA, LocalDate skemaB,
               LocalDate skemaC, int row) {
}
