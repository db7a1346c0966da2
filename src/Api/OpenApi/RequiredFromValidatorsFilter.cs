using FluentValidation;
using FluentValidation.Validators;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace EgovExport.Api.OpenApi;

/// <summary>
/// Request properties are nullable in C# so that a missing field is reported by name; this marks the
/// ones a validator requires unconditionally (NotNull / NotEmpty) as required in the OpenAPI schema,
/// so the generated client knows which fields it must send.
/// </summary>
internal sealed class RequiredFromValidatorsFilter(IServiceScopeFactory scopes) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Properties is null || concrete.Properties.Count == 0)
        {
            return;
        }

        // The type's own validator, plus the shared field validators it includes (registered for the
        // interfaces the request implements, e.g. IProjectFields).
        using var scope = scopes.CreateScope();
        var descriptors = new[] { context.Type }.Concat(context.Type.GetInterfaces())
            .Select(t => scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(t)) as IValidator)
            .OfType<IValidator>()
            .Select(v => v.CreateDescriptor())
            .ToList();
        if (descriptors.Count == 0)
        {
            return;
        }

        foreach (var property in concrete.Properties.Keys)
        {
            var member = char.ToUpperInvariant(property[0]) + property[1..];
            var required = descriptors.SelectMany(d => d.GetRulesForMember(member))
                .Where(rule => !IsPerElement(rule))
                .SelectMany(rule => rule.Components)
                .Any(c => !c.HasCondition && !c.HasAsyncCondition && c.Validator is INotNullValidator or INotEmptyValidator);
            if (required)
            {
                concrete.Required ??= new HashSet<string>();
                concrete.Required.Add(property);
            }
        }
    }

    /// <summary>RuleForEach rules check the elements, not the presence of the collection.</summary>
    private static bool IsPerElement(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));
}
