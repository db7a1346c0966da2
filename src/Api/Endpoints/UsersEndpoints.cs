using EgovExport.Api.Http;
using EgovExport.Application.Common.Paging;
using EgovExport.Application.Users.Common;
using EgovExport.Application.Users.CreateUser;
using EgovExport.Application.Users.GetUser;
using EgovExport.Application.Users.ListUsers;
using EgovExport.Application.Users.SetUserDisabled;
using EgovExport.Application.Users.UnlockUser;
using EgovExport.Application.Users.UpdateUser;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EgovExport.Api.Endpoints;

/// <summary>/api/v1/users — the people who sign in, their roles and organization (administrators only).</summary>
internal static class UsersEndpoints
{
    public static void MapUsers(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users");
        group.MapGet("/", ListUsers).WithName(nameof(ListUsers)).WithSummary("List users (filter by role, organization, status or text; paged).").Lists();
        group.MapGet("/{id:guid}", GetUser).WithName(nameof(GetUser)).WithSummary("Get one user.").ReadsOne();
        group.MapPost("/", CreateUser).WithName(nameof(CreateUser))
            .WithSummary("Create a user with a password, or without one to get an invitation token (shown once) for /account/invitation.").Creates();
        group.MapPut("/{id:guid}", UpdateUser).WithName(nameof(UpdateUser))
            .WithSummary("Change a user's name, roles and organization; the user signs in again (If-Match required).").Changes();
        group.MapPost("/{id:guid}/disabled", SetUserDisabled).WithName(nameof(SetUserDisabled))
            .WithSummary("Disable or enable a user; a disabled user cannot sign in or refresh tokens (If-Match required).").Changes();
        group.MapPost("/{id:guid}/unlock", UnlockUser).WithName(nameof(UnlockUser))
            .WithSummary("End a lockout after repeated failed sign-ins (If-Match required).").Changes();
    }

    private static async Task<Ok<PagedResult<UserDto>>> ListUsers([AsParameters] ListUsersQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    private static async Task<Ok<UserDto>> GetUser(Guid id, ISender sender, HttpResponse response, CancellationToken ct)
    {
        var user = await sender.Send(new GetUserQuery(id), ct);
        return EndpointConventions.OkWithETag(response, user, user.Version);
    }

    private static async Task<Created<CreatedUserDto>> CreateUser(CreateUserCommand command, ISender sender, HttpResponse response, CancellationToken ct)
    {
        var created = await sender.Send(command, ct);
        response.Headers.CacheControl = "no-store";
        return EndpointConventions.CreatedWithETag(response, $"/api/v1/users/{created.User.Id}", created, created.User.Version);
    }

    private static Task<Ok<UserDto>> UpdateUser(Guid id, UpdateUserCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        Change(command with { Id = id, ExpectedVersion = ETags.RequiredVersion(request) }, sender, response, ct);

    private static Task<Ok<UserDto>> SetUserDisabled(Guid id, SetUserDisabledCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        Change(command with { Id = id, ExpectedVersion = ETags.RequiredVersion(request) }, sender, response, ct);

    private static Task<Ok<UserDto>> UnlockUser(Guid id, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        Change(new UnlockUserCommand { Id = id, ExpectedVersion = ETags.RequiredVersion(request) }, sender, response, ct);

    private static async Task<Ok<UserDto>> Change(ICommand<UserDto> command, ISender sender, HttpResponse response, CancellationToken ct)
    {
        var user = await sender.Send(command, ct);
        return EndpointConventions.OkWithETag(response, user, user.Version);
    }
}
