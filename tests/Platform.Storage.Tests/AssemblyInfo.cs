namespace Platform.Storage.Tests;
