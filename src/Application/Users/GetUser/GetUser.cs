using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Users.Common;
using EgovExport.Domain.Access;
using Mediator;

namespace EgovExport.Application.Users.GetUser;

[Requires(Permission.Administer)]
public sealed record GetUserQuery(Guid Id) : IQuery<UserDto>;

public sealed class GetUserHandler(IUserDirectory directory) : IQueryHandler<GetUserQuery, UserDto>
{
    public async ValueTask<UserDto> Handle(GetUserQuery query, CancellationToken cancellationToken) =>
        await directory.FindAsync(query.Id, cancellationToken) ?? throw new NotFoundException("User", query.Id);
}
