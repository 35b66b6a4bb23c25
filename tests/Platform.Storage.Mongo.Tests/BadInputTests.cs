namespace Platform.Storage.Mongo.Tests;

/// <summary>Settings the store cannot use fail at creation with the cause named.</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("mongo://nowhere")]
    [InlineData("mongodb://")]
    [InlineData("mongodb://host:notaport/")]
    public void A_wrong_uri_is_refused_with_the_drivers_reason(string uri)
    {
        var error = Assert.Throws<StoreException>(() => MongoDocumentStore.Create(new MongoStoreOptions(uri, "platform")));
        Assert.StartsWith("Invalid MongoDB URI", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("plat.form")]
    [InlineData("plat form")]
    [InlineData("$platform")]
    public void A_database_name_mongodb_refuses_is_refused_before_connecting(string database)
    {
        var error = Assert.Throws<StoreException>(() => MongoDocumentStore.Create(new MongoStoreOptions("mongodb://127.0.0.1:9/", database)));
        Assert.Contains("Invalid MongoDB database name", error.Message);
    }

    [Fact]
    public void Durability_settings_in_the_uri_are_overridden()
    {
        var settings = MongoClientSettingsFactory.Create(new MongoStoreOptions(
            "mongodb://127.0.0.1:27017/?w=1&retryWrites=false&readConcernLevel=local&appName=custom", "platform")
        {
            MaxPoolSize = 7,
            ServerSelectionTimeout = TimeSpan.FromSeconds(3),
        });
        Assert.Equal(MongoDB.Driver.WriteConcern.WMajority, settings.WriteConcern);
        Assert.True(settings.RetryWrites);
        Assert.True(settings.RetryReads);
        Assert.Equal(MongoDB.Driver.ReadConcern.Majority, settings.ReadConcern);
        Assert.Equal(7, settings.MaxConnectionPoolSize);
        Assert.Equal(TimeSpan.FromSeconds(3), settings.ServerSelectionTimeout);
        Assert.Equal("custom", settings.ApplicationName);
    }
}
