namespace Summit.Semantic;

/// <summary>
/// A logistic model over a fixed list of features, and its fitting: Newton's method on the log-likelihood with a
/// small L2 penalty on the weights (not the intercept), from zero, a fixed number of steps at most — deterministic.
/// </summary>
internal sealed class LogisticModel(double[] weights)
{
    /// <summary>The L2 penalty on each weight but the intercept.</summary>
    internal const double Penalty = 1.0;

    /// <summary>The intercept, then one weight per feature.</summary>
    public double[] Weights { get; } = weights;

    /// <summary>The probability of "yes" for <paramref name="features"/>.</summary>
    public double Probability(ReadOnlySpan<double> features)
    {
        double z = Weights[0];
        for (int k = 0; k < features.Length; k++) z += Weights[k + 1] * features[k];
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Fits the weights to <paramref name="x"/> (one feature vector per example) and the labels <paramref name="y"/>.</summary>
    public static LogisticModel Fit(IReadOnlyList<double[]> x, IReadOnlyList<bool> y)
    {
        int n = x.Count, d = x[0].Length + 1;
        var w = new double[d];
        var row = new double[d];
        for (int step = 0; step < 100; step++)
        {
            var gradient = new double[d];
            var hessian = new double[d, d];
            for (int i = 0; i < n; i++)
            {
                row[0] = 1;
                for (int k = 1; k < d; k++) row[k] = x[i][k - 1];
                double z = 0;
                for (int k = 0; k < d; k++) z += w[k] * row[k];
                double p = 1 / (1 + Math.Exp(-z)), r = (y[i] ? 1 : 0) - p, s = p * (1 - p);
                for (int a = 0; a < d; a++)
                {
                    gradient[a] += r * row[a];
                    for (int b = 0; b < d; b++) hessian[a, b] += s * row[a] * row[b];
                }
            }
            for (int a = 1; a < d; a++) { gradient[a] -= Penalty * w[a]; hessian[a, a] += Penalty; }
            var delta = Solve(hessian, gradient);
            double change = 0;
            for (int k = 0; k < d; k++) { w[k] += delta[k]; change = Math.Max(change, Math.Abs(delta[k])); }
            if (change < 1e-10) break;
        }
        return new LogisticModel(w);
    }

    /// <summary>Solves a · x = b (a symmetric positive definite) by Gaussian elimination with partial pivoting.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        int n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (int c = 0; c < n; c++)
        {
            int pivot = c;
            for (int r = c + 1; r < n; r++) if (Math.Abs(m[r, c]) > Math.Abs(m[pivot, c])) pivot = r;
            if (pivot != c)
            {
                for (int k = 0; k < n; k++) (m[c, k], m[pivot, k]) = (m[pivot, k], m[c, k]);
                (v[c], v[pivot]) = (v[pivot], v[c]);
            }
            for (int r = c + 1; r < n; r++)
            {
                double f = m[r, c] / m[c, c];
                for (int k = c; k < n; k++) m[r, k] -= f * m[c, k];
                v[r] -= f * v[c];
            }
        }
        var x = new double[n];
        for (int r = n - 1; r >= 0; r--)
        {
            double s = v[r];
            for (int k = r + 1; k < n; k++) s -= m[r, k] * x[k];
            x[r] = s / m[r, r];
        }
        return x;
    }
}
