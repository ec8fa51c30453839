namespace LossKata.Grading;

/// <summary>An exclusive lock on a file, held by one process at a time (two graders sharing one cache folder).</summary>
internal static class FileLock
{
    public static FileStream Acquire(string path)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                Thread.Sleep(200);
            }
        }
    }
}
