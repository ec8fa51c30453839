using System.Text.Json;
using LossKata.Explore.Views;

// One request per line on standard input, one answer per line on standard output. What the learner's code writes to
// the console is caught per request and sent back with the answer, so that a Console.WriteLine left in an exercise
// shows on the page instead of breaking the conversation.
var answers = Console.Out;
var printed = new StringWriter();
Console.SetOut(printed);
while (Console.In.ReadLine() is { } line)
{
    var request = JsonSerializer.Deserialize<ViewRequest>(line, ViewProtocol.Json)
        ?? throw new InvalidDataException("A request line was the JSON null.");
    var rows = ViewProtocol.Compute(request.View, request.Input);
    answers.WriteLine(JsonSerializer.Serialize(new ViewAnswer(rows, printed.ToString()), ViewProtocol.Json));
    answers.Flush();
    printed.GetStringBuilder().Clear();
}
