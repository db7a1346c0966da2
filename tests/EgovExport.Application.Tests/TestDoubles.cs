using EgovExport.Application.Common.Abstractions;
using EgovExport.Domain.Access;
using EgovExport.Domain.Common;
using NSubstitute;

namespace EgovExport.Application.Tests;

/// <summary>Substitutes for the interfaces the application owns (never for EF Core).</summary>
internal static class TestDoubles
{
    public static readonly Moment Now = Moment.At(new DateTime(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc));

    public static IClock Clock()
    {
        var clock = Substitute.For<IClock>();
        clock.Now.Returns(Now);
        return clock;
    }

    /// <summary>An agency officer of NIA (the seeded agency), by default.</summary>
    public static ICurrentUser User(string name = "officer@nia.or.kr") =>
        As(new Actor(ActorKind.User, "0195f0a0-0000-7000-8000-000000000001", name, new HashSet<Role> { Role.AgencyOfficer }, new HashSet<string>(), Nia));

    public static ICurrentUser As(Actor actor)
    {
        var user = Substitute.For<ICurrentUser>();
        user.Actor.Returns(actor);
        user.Name.Returns(actor.Name);
        return user;
    }

    /// <summary>The project view for <paramref name="user"/>, with no owner names known.</summary>
    public static EgovExport.Application.Projects.Common.ProjectViewer Viewer(ICurrentUser? user = null)
    {
        var names = Substitute.For<IPersonNames>();
        names.DisplayNamesAsync(Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<CancellationToken>())
            .Returns(new Dictionary<string, string>());
        return new EgovExport.Application.Projects.Common.ProjectViewer(user ?? User(), names);
    }

    public static readonly Guid Nia = Guid.Parse("01a2008d-7401-7ed9-ae61-0e51814fbe8e");
}
