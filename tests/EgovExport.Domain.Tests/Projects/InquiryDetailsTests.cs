namespace EgovExport.Domain.Tests.Projects;

public class InquiryDetailsTests
{
    [Fact]
    public void An_inquiry_received_in_the_future_is_refused()
    {
        Expect.Invalid("inquiry.receivedOn", () => Inquiry(receivedOn: Today.AddDays(1)));
    }

    [Fact]
    public void An_inquiry_received_today_is_accepted()
    {
        Assert.Equal(Today, Inquiry(receivedOn: Today).ReceivedOn);
    }

    [Fact]
    public void An_inquiry_must_name_requested_areas_or_solutions()
    {
        Expect.Invalid("inquiry.requestedAreas", () => Inquiry(areas: [], hasRequestedSolutions: false));
    }

    [Fact]
    public void An_inquiry_that_names_solutions_needs_no_requested_areas()
    {
        Assert.Empty(Inquiry(areas: [], hasRequestedSolutions: true).RequestedAreas);
    }

    [Fact]
    public void Requested_areas_without_solutions_are_enough()
    {
        Assert.Equal(["e-tax"], Inquiry(areas: ["e-tax"], hasRequestedSolutions: false).RequestedAreas);
    }

    [Fact]
    public void A_blank_requested_area_is_reported_at_its_index()
    {
        Expect.Invalid("inquiry.requestedAreas[1]", () => Inquiry(areas: ["e-tax", " "]));
    }
}
