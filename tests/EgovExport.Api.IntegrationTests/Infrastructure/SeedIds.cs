namespace EgovExport.Api.IntegrationTests.Infrastructure;

/// <summary>Ids from seeds/organizations.json that the scenarios use.</summary>
public static class SeedIds
{
    public static readonly Guid Nia = Guid.Parse("01a2008d-7401-7ed9-ae61-0e51814fbe8e");
    public static readonly Guid Pps = Guid.Parse("01a2008d-7403-797b-ba9c-b4408495870d");
    public static readonly Guid KuwaitAgency = Guid.Parse("01a2008d-7417-7140-8ac5-227bfee56621");
    public static readonly Guid LargeCompany = Guid.Parse("01a2008d-7411-719f-85f7-802c37b57852");
    public static readonly Guid SmeCompany = Guid.Parse("01a2008d-7413-7423-9591-1d2e14c1888e");
}
