package dk.almenmonitor.housing;

/** A department as Landsbyggefonden keys it: the housing organisation's number and the department's number in it. */
public record DepartmentKey(int organisationNo, int departmentNo) {

    @Override
    public String toString() {
        return organisationNo + "-" + departmentNo;
    }
}
