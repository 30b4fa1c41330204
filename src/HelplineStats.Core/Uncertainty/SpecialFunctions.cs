using System;

namespace HelplineStats.Core.Uncertainty;

/// <summary>
/// The few special functions the intervals need, in double precision: the log-gamma function (Lanczos, g = 7, nine
/// terms), the regularized incomplete gamma and beta functions (series and continued fractions, to a relative 1e-15),
/// their inverses by bisection to the last bits, and the standard normal quantile (Acklam's rational approximation,
/// relative error below 1.2e-9, refined by one Halley step on the complementary error function).
/// </summary>
internal static class SpecialFunctions
{
    private const double Epsilon = 1e-15;
    private const int MaxIterations = 10_000;

    private static readonly double[] Lanczos =
    {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    };

    // Acklam's coefficients for the normal quantile: the central region (a, b) and the tails (c, d).
    private static readonly double[] AcklamA = { -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00 };
    private static readonly double[] AcklamB = { -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01 };
    private static readonly double[] AcklamC = { -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00 };
    private static readonly double[] AcklamD = { 7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00 };

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    internal static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            // Reflection: Γ(x) Γ(1 − x) = π / sin(πx).
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }
        x -= 1;
        double sum = Lanczos[0];
        double t = x + 7.5;
        for (int i = 1; i < Lanczos.Length; i++)
        {
            sum += Lanczos[i] / (x + i);
        }
        return 0.5 * Math.Log(2 * Math.PI) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    /// <summary>The regularized lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a), for a &gt; 0 and x ≥ 0.</summary>
    internal static double GammaP(double a, double x)
    {
        if (x <= 0)
        {
            return 0;
        }
        if (x < a + 1)
        {
            // Series: P = e^(−x) x^a / Γ(a + 1) Σ x^n / ((a + 1)…(a + n)).
            double term = 1 / a, sum = term;
            for (int n = 1; n < MaxIterations; n++)
            {
                term *= x / (a + n);
                sum += term;
                if (Math.Abs(term) < Math.Abs(sum) * Epsilon)
                {
                    break;
                }
            }
            return sum * Math.Exp((a * Math.Log(x)) - x - LogGamma(a));
        }
        return 1 - GammaQContinuedFraction(a, x);
    }

    /// <summary>Q(a, x) = 1 − P(a, x) by Lentz's continued fraction, for x ≥ a + 1.</summary>
    private static double GammaQContinuedFraction(double a, double x)
    {
        const double tiny = 1e-300;
        double b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d;
        for (int i = 1; i < MaxIterations; i++)
        {
            double an = -i * (i - a);
            b += 2;
            d = (an * d) + b;
            d = Math.Abs(d) < tiny ? tiny : d;
            c = b + (an / c);
            c = Math.Abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }
        return Math.Exp((a * Math.Log(x)) - x - LogGamma(a)) * h;
    }

    /// <summary>The regularized incomplete beta function I_x(a, b), for a, b &gt; 0 and 0 ≤ x ≤ 1.</summary>
    internal static double BetaI(double a, double b, double x)
    {
        if (x <= 0)
        {
            return 0;
        }
        if (x >= 1)
        {
            return 1;
        }
        double front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Math.Log(1 - x)));
        return x < (a + 1) / (a + b + 2)
            ? front * BetaContinuedFraction(a, b, x) / a
            : 1 - (front * BetaContinuedFraction(b, a, 1 - x) / b);
    }

    private static double BetaContinuedFraction(double a, double b, double x)
    {
        const double tiny = 1e-300;
        double qab = a + b, qap = a + 1, qam = a - 1, c = 1, d = 1 - (qab * x / qap);
        d = Math.Abs(d) < tiny ? tiny : d;
        d = 1 / d;
        double h = d;
        for (int m = 1; m < MaxIterations; m++)
        {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + (aa * d);
            d = Math.Abs(d) < tiny ? tiny : d;
            c = 1 + (aa / c);
            c = Math.Abs(c) < tiny ? tiny : c;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + (aa * d);
            d = Math.Abs(d) < tiny ? tiny : d;
            c = 1 + (aa / c);
            c = Math.Abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }
        return h;
    }

    /// <summary>The x in [low, high] where the increasing function <paramref name="f"/> reaches <paramref name="target"/>, by bisection to the last bits.</summary>
    internal static double Invert(Func<double, double> f, double target, double low, double high)
    {
        while (f(high) < target)
        {
            low = high;
            high *= 2;
        }
        for (int i = 0; i < 2000 && low < high; i++)
        {
            double mid = low + ((high - low) / 2);
            if (mid <= low || mid >= high)
            {
                break;
            }
            if (f(mid) < target)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }
        return low + ((high - low) / 2);
    }

    /// <summary>The quantile of the standard normal distribution at probability <paramref name="p"/> (0 &lt; p &lt; 1).</summary>
    internal static double NormalQuantile(double p)
    {
        // Acklam's algorithm; then one Halley step with an accurate erfc.
        double[] a = AcklamA, b = AcklamB, c = AcklamC, d = AcklamD;
        double x;
        if (p < 0.02425)
        {
            double q = Math.Sqrt(-2 * Math.Log(p));
            x = (((((((c[0] * q) + c[1]) * q) + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((((d[0] * q) + d[1]) * q) + d[2]) * q + d[3]) * q + 1);
        }
        else if (p <= 1 - 0.02425)
        {
            double q = p - 0.5, r = q * q;
            x = (((((((a[0] * r) + a[1]) * r) + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((((b[0] * r) + b[1]) * r) + b[2]) * r + b[3]) * r + b[4]) * r + 1);
        }
        else
        {
            double q = Math.Sqrt(-2 * Math.Log(1 - p));
            x = -(((((((c[0] * q) + c[1]) * q) + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((((d[0] * q) + d[1]) * q) + d[2]) * q + d[3]) * q + 1);
        }
        double e = (0.5 * Erfc(-x / Math.Sqrt(2))) - p;
        double u = e * Math.Sqrt(2 * Math.PI) * Math.Exp(x * x / 2);
        return x - (u / (1 + (x * u / 2)));
    }

    /// <summary>The complementary error function, through the incomplete gamma function: erfc(x) = Q(1/2, x²) for x ≥ 0.</summary>
    internal static double Erfc(double x) => x >= 0 ? 1 - GammaP(0.5, x * x) : 1 + GammaP(0.5, x * x);
}
