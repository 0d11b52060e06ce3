using Kenes.Domain.Meetings;

namespace Kenes.Domain.Tests.Meetings;

[Trait("Norm", "M10")]
public class SignatureRuleTests
{
    private static readonly Guid Presiding = Guid.Parse("00000000-0000-0000-0000-0000000000c1");
    private static readonly Guid Someone = Guid.Parse("00000000-0000-0000-0000-0000000000e1");

    [Fact]
    public void CheckSigner_Accepts_WhenSignerPresided() =>
        Assert.Null(SignatureRule.CheckSigner(Presiding, Presiding));

    [Fact]
    public void CheckSigner_Refuses_WhenSignerDidNotPreside()
    {
        var violation = SignatureRule.CheckSigner(Someone, Presiding);

        Assert.NotNull(violation);
        Assert.Equal(("M10", "signer", "minutes.not_presiding"), (violation.Norm.Id, violation.Field, violation.Code));
        Assert.StartsWith("M10: ", violation.Message);
    }

    [Fact]
    public void CheckSigner_Refuses_WhenNobodyIsRecordedAsPresiding() =>
        Assert.Equal(MeetingViolationCodes.MinutesNotPresiding, SignatureRule.CheckSigner(Presiding, null)?.Code);
}
