namespace EgovExport.Domain.Tests.Projects;

public class ConsultingEngagementTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void A_consulting_engagement_plans_at_least_one_round(int plannedRounds)
    {
        Expect.Invalid("consulting.plannedRounds", () => Consulting(plannedRounds));
    }

    [Fact]
    public void One_planned_round_is_enough()
    {
        Assert.Equal(1, Consulting(plannedRounds: 1).PlannedRounds);
    }

    [Fact]
    public void The_consulting_type_must_be_a_known_type()
    {
        Expect.Invalid("consulting.type", () => ConsultingEngagement.Create((ConsultingType)99, 1, CostBearer.Korea, Today));
    }

    [Fact]
    public void The_cost_bearer_must_be_a_known_bearer()
    {
        Expect.Invalid("consulting.costBearer", () => ConsultingEngagement.Create(ConsultingType.Training, 1, (CostBearer)99, Today));
    }
}
