using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;

namespace Summit.Semantic;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2 (384 dimensions), computed as sentence-transformers does: the model's
/// token vectors averaged over the sentence's tokens (its attention mask), then scaled to unit length, so the dot
/// product of two embeddings is their cosine. Runs on the CPU through ONNX Runtime with one thread per call and no
/// spinning; the model and its vocabulary are files the package ships (nothing is downloaded). The same text always
/// gives the same bits: sentences are batched only with sentences of the same token length, so no padding enters.
/// Safe to use from several threads.
/// </summary>
public sealed class SentenceEmbedder : IDisposable
{
    /// <summary>The embeddings' dimension.</summary>
    public const int Dimensions = 384;

    /// <summary>The longest input read, in word pieces (the model's own limit as sentence-transformers sets it); the rest is cut.</summary>
    public const int MaxTokens = 256;

    private const int BatchSize = 16;

    private readonly BertTokenizer _tokenizer = new();
    private readonly Lock _tokenizerLock = new();
    private readonly string _modelPath;
    private readonly Lazy<InferenceSession> _session;

    /// <summary>The folder the package's model files are copied to: <c>models/all-MiniLM-L6-v2</c> under the application's folder.</summary>
    public static string DefaultModelDirectory => Path.Combine(AppContext.BaseDirectory, "models", "all-MiniLM-L6-v2");

    /// <summary>Reads the vocabulary; the model itself is loaded on first use.</summary>
    /// <param name="modelDirectory">The folder holding <c>model.onnx</c> and <c>vocab.txt</c>; null for <see cref="DefaultModelDirectory"/>.</param>
    /// <exception cref="SemanticModelNotFoundException">A model file is missing.</exception>
    public SentenceEmbedder(string? modelDirectory = null)
    {
        var dir = modelDirectory ?? DefaultModelDirectory;
        _modelPath = Path.Combine(dir, "model.onnx");
        var vocab = Path.Combine(dir, "vocab.txt");
        if (!File.Exists(_modelPath)) throw new SemanticModelNotFoundException(_modelPath);
        if (!File.Exists(vocab)) throw new SemanticModelNotFoundException(vocab);
        using (var reader = File.OpenText(vocab)) _tokenizer.LoadVocabulary(reader, convertInputToLowercase: true);
        _session = new Lazy<InferenceSession>(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private InferenceSession Load()
    {
        using var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        options.AddSessionConfigEntry("session.inter_op.allow_spinning", "0");
        return new InferenceSession(_modelPath, options);
    }

    /// <summary>The word-piece ids the model reads for <paramref name="text"/>, [CLS] and [SEP] included (after folding).</summary>
    internal long[] Tokenize(string text)
    {
        var ids = new long[MaxTokens];
        var mask = new long[MaxTokens];
        var types = new long[MaxTokens];
        int n;
        lock (_tokenizerLock) n = _tokenizer.Encode(TextFolding.Fold(text), ids, mask, types, null);
        return ids[..n];
    }

    /// <summary>The unit-length embedding of one text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public float[] Embed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Embed([text])[0];
    }

    /// <summary>The unit-length embeddings of <paramref name="texts"/>, in their order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of them is null.</exception>
    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var tokens = new long[texts.Count][];
        for (int i = 0; i < texts.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(texts[i], nameof(texts));
            tokens[i] = Tokenize(texts[i]);
        }
        var result = new float[texts.Count][];
        // batches of texts of one token length (in order of length, then of position): no padding, so a text's
        // vector never depends on what it was batched with
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => tokens[i].Length).ThenBy(i => i).ToArray();
        var batch = new List<int>(BatchSize);
        for (int k = 0; k < order.Length; k++)
        {
            batch.Add(order[k]);
            if (batch.Count == BatchSize || k + 1 == order.Length || tokens[order[k + 1]].Length != tokens[order[k]].Length)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Run(batch, tokens, result);
                batch.Clear();
            }
        }
        return result;
    }

    private void Run(List<int> batch, long[][] tokens, float[][] result)
    {
        int length = tokens[batch[0]].Length, count = batch.Count;
        var ids = new long[count * length];
        var mask = new long[count * length];
        var types = new long[count * length];
        for (int b = 0; b < count; b++)
        {
            tokens[batch[b]].CopyTo(ids, b * length);
            Array.Fill(mask, 1L, b * length, length);
        }
        var shape = new long[] { count, length };
        var session = _session.Value;
        var inputs = new Dictionary<string, OrtValue>(StringComparer.Ordinal);
        try
        {
            foreach (var name in session.InputNames)
                inputs[name] = name switch
                {
                    "input_ids" => OrtValue.CreateTensorValueFromMemory(ids, shape),
                    "attention_mask" => OrtValue.CreateTensorValueFromMemory(mask, shape),
                    "token_type_ids" => OrtValue.CreateTensorValueFromMemory(types, shape),
                    _ => throw new InvalidOperationException($"Summit.Semantic: the model asks for an unknown input '{name}'."),
                };
            using var runOptions = new RunOptions();
            using var outputs = session.Run(runOptions, inputs, [session.OutputNames[0]]);
            var output = outputs[0];
            var dims = output.GetTensorTypeAndShape().Shape;
            var values = output.GetTensorDataAsSpan<float>();
            for (int b = 0; b < count; b++)
            {
                var sum = new double[Dimensions];
                if (dims.Length == 3)
                {
                    // token vectors: the mean over the sentence's tokens (all of them: no padding)
                    for (int t = 0; t < length; t++)
                    {
                        var row = values.Slice((b * length + t) * Dimensions, Dimensions);
                        for (int d = 0; d < Dimensions; d++) sum[d] += row[d];
                    }
                    for (int d = 0; d < Dimensions; d++) sum[d] /= length;
                }
                else
                {
                    var row = values.Slice(b * Dimensions, Dimensions);
                    for (int d = 0; d < Dimensions; d++) sum[d] = row[d];
                }
                double norm = Math.Sqrt(sum.Sum(v => v * v));
                var vector = new float[Dimensions];
                for (int d = 0; d < Dimensions; d++) vector[d] = (float)(sum[d] / Math.Max(norm, 1e-12));
                result[batch[b]] = vector;
            }
        }
        finally
        {
            foreach (var v in inputs.Values) v.Dispose();
        }
    }

    /// <summary>The cosine of two unit-length embeddings (their dot product), in [-1, 1].</summary>
    /// <exception cref="ArgumentException">The two have different lengths.</exception>
    public static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length) throw new ArgumentException("The embeddings have different lengths.", nameof(b));
        double dot = 0;
        for (int i = 0; i < a.Length; i++) dot += a[i] * (double)b[i];
        return Math.Clamp(dot, -1, 1);
    }

    /// <summary>Frees the model.</summary>
    public void Dispose()
    {
        if (_session.IsValueCreated) _session.Value.Dispose();
    }
}
