namespace EgovExport.Domain.Catalog;

/// <summary>The six regions of the UN E-Government Survey.</summary>
public enum Region
{
    Africa,
    ArabStates,
    AsiaPacific,
    Europe,
    LatinAmericaCaribbean,
    NorthAmerica,
}

public enum OrganizationKind
{
    KoreanGovernmentAgency,
    KoreanCompany,
    ForeignGovernmentBody,
    InternationalOrganization,
    FundingInstitution,
}

/// <summary>Size of a Korean company; the SME share of a consortium is computed from it.</summary>
public enum CompanySize
{
    Large,
    Sme,
}

public enum SolutionCategory
{
    Procurement,
    CustomsTrade,
    TaxFinance,
    PatentsIp,
    ImmigrationIdentity,
    DisasterSafety,
    PostalLogistics,
    DataCenterInfrastructure,
    PlatformFramework,
    CivilServiceParticipation,
}
