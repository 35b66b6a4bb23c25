namespace Platform.Storage.Mongo.Tests;
