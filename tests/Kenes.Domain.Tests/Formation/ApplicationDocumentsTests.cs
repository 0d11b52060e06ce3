using Kenes.Domain.Formation;
using static Kenes.Domain.Formation.FieldViolationCodes;

namespace Kenes.Domain.Tests.Formation;

[Trait("Norm", "R9")]
public class ApplicationDocumentsTests
{
    [Theory]
    [Trait("Norm", "R9.2")]
    [InlineData(0, 1)]
    [InlineData(0, 3)]
    [InlineData(1, 1)]
    public void ValidateDocuments_AcceptsWorkExperienceAlone_WhenSubmittedOnline(int applications, int workExperience) =>
        Assert.Empty(ApplicationFormRules.ValidateDocuments(applications, workExperience, submittedOnline: true));

    [Fact]
    [Trait("Norm", "R9.2")]
    public void ValidateDocuments_ReportsWorkExperienceRequired_WhenOnlineWithoutADocument()
    {
        var violation = Assert.Single(ApplicationFormRules.ValidateDocuments(0, 0, submittedOnline: true));

        Assert.Equal(("R9.2", "workExperience", WorkExperienceRequired), (violation.Norm.Id, violation.Field, violation.Code));
        Assert.StartsWith("R9.2: ", violation.Message);
    }

    [Fact]
    [Trait("Norm", "R9.1")]
    public void ValidateDocuments_ReportsApplicationRequired_WhenOnPaperWithoutTheWrittenApplication()
    {
        var violation = Assert.Single(ApplicationFormRules.ValidateDocuments(0, 1, submittedOnline: false));

        Assert.Equal(("R9.1", "application", ApplicationRequired), (violation.Norm.Id, violation.Field, violation.Code));
        Assert.StartsWith("R9.1: ", violation.Message);
    }

    [Fact]
    [Trait("Norm", "R9.1")]
    [Trait("Norm", "R9.2")]
    public void ValidateDocuments_ReportsBothInR9Order_WhenOnPaperWithNothing() =>
        Assert.Equal(
            [ApplicationRequired, WorkExperienceRequired],
            ApplicationFormRules.ValidateDocuments(0, 0, submittedOnline: false).Select(v => v.Code));

    [Fact]
    [Trait("Norm", "R9.1")]
    public void ValidateDocuments_AcceptsBoth_WhenOnPaperWithBoth() =>
        Assert.Empty(ApplicationFormRules.ValidateDocuments(1, 1, submittedOnline: false));

    [Fact]
    public void ValidateDocuments_Throws_WhenACountIsNegative() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ApplicationFormRules.ValidateDocuments(-1, 1, submittedOnline: false));
}
