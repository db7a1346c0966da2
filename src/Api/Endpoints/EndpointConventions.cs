using EgovExport.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EgovExport.Api.Endpoints;

/// <summary>What every endpoint group shares: the problem responses it documents and the ETag plumbing.</summary>
internal static class EndpointConventions
{
    /// <summary>A read of one record: 200 with ETag, or 404.</summary>
    public static RouteHandlerBuilder ReadsOne(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status404NotFound).WithMetadata(new SendsETag());

    /// <summary>A list: 400 for bad paging, sorting or filters.</summary>
    public static RouteHandlerBuilder Lists(this RouteHandlerBuilder builder) =>
        builder.ProducesValidationProblem();

    /// <summary>A create: 201 with Location and ETag, 400 for invalid input.</summary>
    public static RouteHandlerBuilder Creates(this RouteHandlerBuilder builder) =>
        builder.ProducesValidationProblem().WithMetadata(new SendsETag());

    /// <summary>A change of an existing record: needs If-Match; 400, 404, 409, 412, 428.</summary>
    public static RouteHandlerBuilder Changes(this RouteHandlerBuilder builder) =>
        builder.ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithMetadata(new SendsETag(), new RequiresIfMatch());

    /// <summary>200 with the record and its ETag.</summary>
    public static Ok<T> OkWithETag<T>(HttpResponse response, T body, long version)
    {
        ETags.Set(response, version);
        return TypedResults.Ok(body);
    }

    /// <summary>201 with Location, the record and its ETag.</summary>
    public static Created<T> CreatedWithETag<T>(HttpResponse response, string location, T body, long version)
    {
        ETags.Set(response, version);
        return TypedResults.Created(location, body);
    }
}

/// <summary>Marks an operation whose success response carries an ETag (for the OpenAPI document).</summary>
internal sealed class SendsETag;

/// <summary>Marks an operation that needs If-Match (for the OpenAPI document).</summary>
internal sealed class RequiresIfMatch;
