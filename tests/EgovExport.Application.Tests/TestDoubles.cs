using EgovExport.Application.Common.Abstractions;
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

    public static ICurrentUser User(string name = "officer@nia.or.kr")
    {
        var user = Substitute.For<ICurrentUser>();
        user.Name.Returns(name);
        return user;
    }
}
