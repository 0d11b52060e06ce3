using Kenes.Web.Features.Account;
using Kenes.Web.Features.Calendar;
using Kenes.Web.Features.Composition;
using Kenes.Web.Features.Councils;
using Kenes.Web.Features.Formation;
using Kenes.Web.Features.Meetings;
using Kenes.Web.Features.Public;

namespace Kenes.Web.Features;

/// <summary>The /api/v1 surface; each feature maps its own endpoints.</summary>
public static class KenesApi
{
    public static void MapKenesApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1");
        v1.MapAuthEndpoints();
        v1.MapPublicEndpoints();
        v1.MapCalendarEndpoints();
        v1.MapCouncilEndpoints();
        v1.MapFormationEndpoints();
        v1.MapCompositionEndpoints();
        v1.MapMeetingsEndpoints();
    }
}
