// Mistake: the parameters kept as the sequence given and enumerated again by every ZeroGrad and Step
// Replaces: Level7_Network/Sgd.cs
// Exercise: Sgd
// Message must contain: "copied into a list"

// replace:
    private readonly Parameter[] parameters;
// with:
    private readonly IEnumerable<Parameter> parameters;

// replace:
        this.parameters = parameters.ToArray();
// with:
        this.parameters = parameters;

// replace:
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i].Gradient.Multiply(LearningRate, steps[i]);
            parameters[i].Value.Subtract(steps[i], parameters[i].Value);
// with:
        foreach (var (parameter, step) in parameters.Zip(steps))
        {
            parameter.Gradient.Multiply(LearningRate, step);
            parameter.Value.Subtract(step, parameter.Value);
