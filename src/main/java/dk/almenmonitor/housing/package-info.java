/**
 * The housing spine: housing organisations and their departments (organisation no. + department no.), imported as
 * the {@code departments} dataset and created on the fly from the other housing datasets; who may see department
 * figures ({@link dk.almenmonitor.housing.Departments#visibleTo}); and the price index with which an amount in one
 * year's prices is indexed to another ({@link dk.almenmonitor.housing.PriceIndex}). Schema {@code housing}; the table
 * {@code housing.department} may be joined read-only by the housing datasets' repositories.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"imports", "identity", "shared"})
package dk.almenmonitor.housing;
