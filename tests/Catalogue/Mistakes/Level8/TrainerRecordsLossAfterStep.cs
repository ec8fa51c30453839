// Mistake: the history recorded after the update: the loss is computed again on the stepped network, instead of the loss the step started from
// Replaces: Level8_Training/Trainer.cs
// Exercise: Trainer
// Message must contain: "history is recorded after the update"

// replace:
            losses.Add(loss);
// with:
            loss = LossOf(network.Forward(train.Inputs(indices)), labels);
            losses.Add(loss);
