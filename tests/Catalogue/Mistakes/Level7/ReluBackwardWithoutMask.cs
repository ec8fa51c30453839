// Mistake: ReLU's backward passes the gradient everywhere, as if the unit were linear: where it did not fire its derivative is 0
// Replaces: Level7_Network/Relu.cs
// Exercise: Relu
// Message must contain: "did not fire"

// replace:
            result[i] = y[i] > 0 ? gradient[i] : 0;
// with:
            result[i] = gradient[i];
