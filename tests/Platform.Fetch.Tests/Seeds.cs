namespace Platform.Fetch.Tests;

public static class Seeds
{
    public static string Read(string prefix) =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), prefix + "*.txt").Single());
}
