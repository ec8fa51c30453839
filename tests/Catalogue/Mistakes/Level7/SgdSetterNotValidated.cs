// Mistake: the learning rate validated in the constructor only: the setter accepts 0, NaN or infinity
// Replaces: Level7_Network/Sgd.cs
// Exercise: Sgd
// Message must contain: "setter"

// replace:
        this.parameters = parameters.ToArray();
// with:
        if (!(learningRate > 0) || double.IsInfinity(learningRate))
        {
            throw new ArgumentOutOfRangeException(nameof(LearningRate), learningRate, "The learning rate must be positive and finite.");
        }

        this.parameters = parameters.ToArray();

// replace:
        set
// through:
            field = value;
        }
// with:
        set;
