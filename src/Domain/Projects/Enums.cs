namespace EgovExport.Domain.Projects;

/// <summary>The pipeline's stages, in order. The numeric order matters: forward is up, back is down.</summary>
public enum Stage
{
    Inquiry = 1,
    Consulting = 2,
    Mou = 3,
    Contract = 4,
    Maintenance = 5,
}

public enum ProjectStatus
{
    Active,
    OnHold,
    Lost,
    Withdrawn,
    Completed,
}

public enum LossReason
{
    Competitor,
    Budget,
    PoliticalChange,
    Other,
}

public enum InquiryChannel
{
    DelegationVisit,
    Forum,
    Embassy,
    MultilateralBank,
    DirectRequest,
    Other,
}

public enum ConsultingType
{
    PolicyConsulting,
    MasterPlan,
    FeasibilityStudy,
    TechnicalAdvisory,
    Training,
}

public enum CostBearer
{
    Korea,
    Partner,
    Shared,
    MultilateralBank,
}

public enum ConsortiumRole
{
    Prime,
    Partner,
    Subcontractor,
}

public enum FundingSourceKind
{
    PartnerBudget,
    Edcf,
    KoicaGrant,
    WorldBank,
    Adb,
    Idb,
    Afdb,
    OtherMultilateral,
    PublicPrivatePartnership,
    Other,
}

public static class StageExtensions
{
    /// <summary>The probability (percent) a project gets when it enters the stage.</summary>
    public static int DefaultProbability(this Stage stage) => stage switch
    {
        Stage.Inquiry => 10,
        Stage.Consulting => 25,
        Stage.Mou => 50,
        _ => 100,
    };

    public static bool IsClosed(this ProjectStatus status) =>
        status is ProjectStatus.Lost or ProjectStatus.Withdrawn or ProjectStatus.Completed;
}
