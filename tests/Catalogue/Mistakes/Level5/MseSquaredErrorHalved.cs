// Mistake: the squared error halved, ½·(q − y)², the convention that makes a gradient come out without its 2: mse_loss is the plain mean of the squares
// Replaces: Level5_NllAndCrossEntropy/MseLoss.cs
// Exercise: Losses.MseLoss
// Message must contain: "squared error is halved"

// replace:
        var total = (predictions - targets).PointwisePower(2).Enumerate().Sum();
// with:
        var total = (predictions - targets).PointwisePower(2).Enumerate().Sum() / 2;
