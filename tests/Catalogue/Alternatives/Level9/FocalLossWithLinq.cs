// Alternative: the loss summed with LINQ over the elements
// Replaces: Level9_LossOptions/SigmoidFocalLoss.cs
// Exercise: SigmoidFocalLoss

// replace:
        var total = 0.0;
        for (var i = 0; i < logits.Count; i++)
// through:
            total += terms.AlphaT * terms.CrossEntropy * Math.Pow(terms.Miss, gamma);
        }
// with:
        var total = Enumerable.Range(0, logits.Count)
            .Select(i => new FocalTerms(logits[i], targets[i], alpha))
            .Sum(terms => terms.AlphaT * terms.CrossEntropy * Math.Pow(terms.Miss, gamma));
