namespace EgovExport.Domain.Tests.Projects;

public class MaintenanceRecordTests
{
    private static readonly DateOnly AcceptedOn = new(2028, 1, 15);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Support_ends_after_the_delivery_was_accepted(int daysAfterAcceptance)
    {
        Expect.Invalid("maintenance.supportEndsOn", () => MaintenanceRecord.Create(AcceptedOn, AcceptedOn.AddDays(daysAfterAcceptance), 0m));
    }

    [Fact]
    public void The_annual_maintenance_value_is_not_negative()
    {
        Expect.Invalid("maintenance.annualValueUsd", () => Maintenance(annualValueUsd: -0.01m));
    }

    [Fact]
    public void Maintenance_without_annual_value_is_allowed()
    {
        Assert.Equal(0m, Maintenance(annualValueUsd: 0m).AnnualValueUsd);
    }
}
