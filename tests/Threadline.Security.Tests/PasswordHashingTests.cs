using Threadline.Security.Accounts;

namespace Threadline.Security.Tests;

public sealed class PasswordHashingTests
{
    [Fact]
    public void The_right_password_verifies_and_a_wrong_one_does_not()
    {
        var hash = PasswordHashing.Hash("correct horse battery");
        Assert.True(PasswordHashing.Verify(hash, "correct horse battery"));
        Assert.False(PasswordHashing.Verify(hash, "correct horse batterY"));
        Assert.False(PasswordHashing.Verify(hash, null));
        Assert.DoesNotContain("horse", hash, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_password_hashes_differently_each_time()
    {
        Assert.NotEqual(PasswordHashing.Hash("correct horse battery"), PasswordHashing.Hash("correct horse battery"));
    }

    [Theory]
    [InlineData("short")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    [InlineData("")]
    public void Weak_passwords_are_refused_without_echoing_them(string password)
    {
        var error = Assert.Throws<ArgumentException>(() => PasswordHashing.Hash(password));
        if (password.Length > 0)
        {
            Assert.DoesNotContain(password, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_password_longer_than_the_limit_is_refused_and_never_verifies()
    {
        var longOne = string.Concat(Enumerable.Repeat("abcd", 300));
        Assert.NotNull(PasswordHashing.Weakness(longOne));
        Assert.False(PasswordHashing.Verify(PasswordHashing.Hash("correct horse battery"), longOne));
    }

    [Fact]
    public void A_garbled_stored_hash_never_verifies()
    {
        Assert.False(PasswordHashing.Verify("not-a-hash", "correct horse battery"));
    }

    [Fact]
    public void An_account_never_prints_its_secrets()
    {
        var user = new UserAccount
        {
            Name = "ana.k",
            Roles = new HashSet<Role> { Role.Analyst },
            PasswordHash = PasswordHashing.Hash("correct horse battery"),
            TotpSecret = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        };
        var text = user.ToString();
        Assert.Contains("ana.k", text, StringComparison.Ordinal);
        Assert.DoesNotContain(user.PasswordHash, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Base32.Encode(user.TotpSecret), text, StringComparison.Ordinal);
        Assert.DoesNotContain("1, 2, 3", text, StringComparison.Ordinal);
    }
}
