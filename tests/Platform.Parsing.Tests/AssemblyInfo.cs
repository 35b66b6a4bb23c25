namespace Platform.Parsing.Tests;
