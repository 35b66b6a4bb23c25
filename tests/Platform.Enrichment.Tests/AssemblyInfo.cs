namespace Platform.Enrichment.Tests;
