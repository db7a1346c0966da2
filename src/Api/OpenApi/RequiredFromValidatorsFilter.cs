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

        using var scope = scopes.CreateScope();
        var validatorType = typeof(IValidator<>).MakeGenericType(context.Type);
        if (scope.ServiceProvider.GetService(validatorType) is not IValidator validator)
        {
            return;
        }

        var descriptor = validator.CreateDescriptor();
        foreach (var property in concrete.Properties.Keys)
        {
            var required = descriptor.GetRulesForMember(char.ToUpperInvariant(property[0]) + property[1..])
                .SelectMany(rule => rule.Components)
                .Any(c => !c.HasCondition && !c.HasAsyncCondition && c.Validator is INotNullValidator or INotEmptyValidator);
            if (required)
            {
                concrete.Required ??= new HashSet<string>();
                concrete.Required.Add(property);
            }
        }
    }
}
