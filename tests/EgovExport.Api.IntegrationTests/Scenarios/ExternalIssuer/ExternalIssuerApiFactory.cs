using EgovExport.Api.IntegrationTests.Infrastructure;

namespace EgovExport.Api.IntegrationTests.Scenarios.ExternalIssuer;

/// <summary>
/// The real API on its own SQLite file, in External mode: it trusts only the tokens of the issuer at
/// <paramref name="authority"/>, with the agency's role values mapped to ours (and any further
/// <paramref name="overrides"/> of the <c>Auth:External</c> settings).
/// </summary>
public sealed class ExternalIssuerApiFactory(string authority, IReadOnlyDictionary<string, string?>? overrides = null) : ApiFactory
{
    public const string Audience = "egovexport-api";
    public const string OfficerRole = "egov-agency-officer";
    public const string AnalystRole = "egov-analyst";

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"egov-test-external-{Guid.NewGuid():N}.db");

    protected override string Provider => "Sqlite";

    protected override string ConnectionString => $"Data Source={_file};Pooling=False";

    public const string SpaClientId = "egov-spa-at-the-agency";

    protected override IReadOnlyDictionary<string, string?> ExtraSettings
    {
        get
        {
            var settings = new Dictionary<string, string?>
            {
                ["Auth:Mode"] = "External",
                ["Auth:External:Authority"] = authority,
                ["Auth:External:Audience"] = Audience,
                ["Auth:External:RequireHttpsMetadata"] = "false",
                ["Auth:External:Roles:AgencyOfficer"] = OfficerRole,
                ["Auth:External:Roles:Analyst"] = AnalystRole,
                ["Auth:External:SpaClientId"] = SpaClientId,
            };
            foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            {
                settings[key] = value;
            }

            return settings;
        }
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(file);
        }
    }
}

/// <summary>Owns the issuer and the API, and starts the issuer first: the API fetches its metadata over HTTP.</summary>
public class ExternalIssuerFixture : IAsyncLifetime
{
    /// <summary>Further settings for the API (none: the defaults of <c>Auth:External</c>).</summary>
    protected virtual IReadOnlyDictionary<string, string?> ConfigurationOverrides => new Dictionary<string, string?>();

    public FakeOidcIssuer Issuer { get; private set; } = null!;

    public ExternalIssuerApiFactory Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await FakeOidcIssuer.StartAsync();
        Api = new ExternalIssuerApiFactory(Issuer.Issuer, ConfigurationOverrides);
        await Api.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (Api is not null)
        {
            await Api.DisposeAsync();
        }

        if (Issuer is not null)
        {
            await Issuer.DisposeAsync();
        }
    }
}

/// <summary>The same, with the provider's own claim names for roles, organization and name.</summary>
public sealed class CustomClaimsExternalIssuerFixture : ExternalIssuerFixture
{
    public const string RoleClaim = "groups";
    public const string OrganizationClaim = "agency_id";
    public const string NameClaim = "preferred_username";

    protected override IReadOnlyDictionary<string, string?> ConfigurationOverrides => new Dictionary<string, string?>
    {
        ["Auth:External:RoleClaim"] = RoleClaim,
        ["Auth:External:OrganizationClaim"] = OrganizationClaim,
        ["Auth:External:NameClaim"] = NameClaim,
    };
}
