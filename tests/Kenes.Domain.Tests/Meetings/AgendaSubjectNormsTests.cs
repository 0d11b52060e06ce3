using Kenes.Domain.Meetings;

namespace Kenes.Domain.Tests.Meetings;

[Trait("Norm", "M4")]
[Trait("Norm", "M5")]
public class AgendaSubjectNormsTests
{
    [Theory]
    [Trait("Norm", "M4.1")]
    [Trait("Norm", "M4.2")]
    [Trait("Norm", "M4.3")]
    [Trait("Norm", "M4.4")]
    [Trait("Norm", "M4.5")]
    [Trait("Norm", "M5.2")]
    [Trait("Norm", "M5.3")]
    [InlineData("ApproveQualificationFramework", "M4.1")]
    [InlineData("AgreeProfessionalStandard", "M4.2")]
    [InlineData("AgreeRegisterChanges", "M4.3")]
    [InlineData("AgreeStandardsProposals", "M4.4")]
    [InlineData("AgreeRecognitionConditions", "M4.5")]
    [InlineData("InformationRequest", "M5.2")]
    [InlineData("Proposal", "M5.3")]
    [InlineData("Other", "M9")]
    public void NormOf_CitesTheParagraph_WhenSubjectIs(string subject, string norm) =>
        Assert.Equal(norm, AgendaSubjectNorms.NormOf(subject).Id);

    [Fact]
    public void All_MapsToDistinctNorms_WhenEverySubjectIsListed()
    {
        Assert.Equal(8, AgendaSubjectNorms.All.Count);
        Assert.Equal(8, AgendaSubjectNorms.All.Select(s => AgendaSubjectNorms.NormOf(s).Id).Distinct().Count());
    }

    [Theory]
    [InlineData("")]
    [InlineData("proposal")]
    [InlineData("ApproveStandard")]
    public void NormOf_Throws_WhenSubjectIsUnknown(string subject) =>
        Assert.Throws<ArgumentException>(() => AgendaSubjectNorms.NormOf(subject));
}
