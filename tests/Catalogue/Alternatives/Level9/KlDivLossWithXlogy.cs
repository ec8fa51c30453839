// Alternative: the term as PyTorch writes it, xlogy(p, p) − p·input, with xlogy(0, ·) = 0
// Replaces: Level9_LossOptions/KlDivLoss.cs
// Exercise: Losses.KlDivLoss

// replace:
            var logP = logTarget ? target![i, c] : Math.Log(target![i, c]);
// through:
            return p == 0 ? 0 : p * (logP - input[i, c]);
// with:
            var p = logTarget ? Math.Exp(target![i, c]) : target![i, c];
            return p == 0 ? 0 : p * Math.Log(p) - p * input[i, c];
