// Mistake: absolute differences instead of squared ones (L1 loss instead of MSE)
// Replaces: Level5_NllAndCrossEntropy/MseLoss.cs
// Exercise: Losses.MseLoss
// Message must contain: "absolute differences", "squared"

// replace:
        var total = (predictions - targets).PointwisePower(2).Enumerate().Sum();
// with:
        var total = (predictions - targets).PointwiseAbs().Enumerate().Sum();
