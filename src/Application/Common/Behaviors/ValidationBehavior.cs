using EgovExport.Application.Common.Exceptions;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Common.Behaviors;

/// <summary>
/// Runs the FluentValidation validators of the message; failures become <see cref="RequestValidationException"/>
/// keyed by the field's JSON path (<c>consulting.plannedRounds</c>, <c>members[0].sharePercent</c>).
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new RequestValidationException(failures
                .GroupBy(f => JsonPath.FromPropertyPath(f.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray()));
        }

        return await next(message, cancellationToken);
    }
}

/// <summary>Turns FluentValidation's property paths (<c>Members[0].SharePercent</c>) into JSON paths.</summary>
public static class JsonPath
{
    public static string FromPropertyPath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(segment =>
            segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));
}
