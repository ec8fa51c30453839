// Alternative: LINQ (Zip, Where, Sum) instead of an indexed loop, and Math.Log(x, b) in each term
// Replaces: Level2_CrossEntropyAndKl/CrossEntropy.cs
// Exercise: Information.CrossEntropy

// replace:
        var nats = 0.0;
// through:
        return nats / Math.Log(logBase);
// with:
        return -p.Zip(q).Where(pair => pair.First > 0).Sum(pair => pair.First * Math.Log(pair.Second, logBase));
