package dk.almenmonitor.indicator;

import java.util.List;

/** Ordinary least squares through (x, y) points. */
final class LinearTrend {

    private LinearTrend() {
    }

    /** The fitted line's value at {@code x}; null with fewer than two distinct x values. */
    static Double valueAt(List<double[]> points, double x) {
        int n = points.size();
        if (n < 2) {
            return null;
        }
        double meanX = 0;
        double meanY = 0;
        for (double[] p : points) {
            meanX += p[0];
            meanY += p[1];
        }
        meanX /= n;
        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        for (double[] p : points) {
            double dx = p[0] - meanX;
            sxy += dx * (p[1] - meanY);
            sxx += dx * dx;
        }
        if (sxx == 0) {
            return null;
        }
        return meanY + sxy / sxx * (x - meanX);
    }
}
