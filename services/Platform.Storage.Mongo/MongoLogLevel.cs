namespace Platform.Storage.Mongo;

/// <summary>libmongoc's log levels, in its own order (<c>mongoc_log_level_t</c>).</summary>
public enum MongoLogLevel
{
    Error = 0,
    Critical = 1,
    Warning = 2,
    Message = 3,
    Info = 4,
    Debug = 5,
    Trace = 6,
}
