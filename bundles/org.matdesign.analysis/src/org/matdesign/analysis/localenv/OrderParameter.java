package org.matdesign.analysis.localenv;

import java.util.Arrays;
import java.util.List;

/**
 * One local structure order parameter of pymatgen's LocalStructOrderParams (2022.11.7), for the types and
 * parameters of matminer's CrystalNNFingerprint 'ops' preset. Neighbour j is put at the north pole, neighbour k
 * fixes the prime meridian, and every other neighbour m is scored by Gaussians in its polar angle and cosine terms in
 * its azimuth; "_max" types keep the best (j, k) frame. Returns NaN where pymatgen returns None.
 */
public record OrderParameter(String motif, String type, double ta, double igwTa, double igwEp, double facAa,
        double expCosAa, double minSpp, double igwSpp, double wSpp, double[] cuboct) {

    private static final double VERY_SMALL = 1e-12;
    private static final double LEFT_OF_UNITY = 1.0 - 1.0e-12;

    static OrderParameter of(String motif, String type, double... p) {
        double[] a = Arrays.copyOf(p, 8);
        return new OrderParameter(motif, type, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], null);
    }

    /** Value for neighbour vectors (from the central site). */
    public double value(List<double[]> vectors) {
        int n = vectors.size();
        double[][] u = new double[n][];
        double[] dist = new double[n];
        for (int j = 0; j < n; j++) {
            double[] v = vectors.get(j);
            dist[j] = Math.sqrt(VoronoiCell.dot(v, v));
            u[j] = new double[] {v[0] / dist[j], v[1] / dist[j], v[2] / dist[j]};
        }
        return switch (type) {
            case "sgl_bd" -> singleBond(dist);
            case "q2" -> n > 0 ? steinhardt(u, 2) : Double.NaN;
            case "q4" -> n > 0 ? steinhardt(u, 4) : Double.NaN;
            case "q6" -> n > 0 ? steinhardt(u, 6) : Double.NaN;
            default -> geometric(u);
        };
    }

    private static double singleBond(double[] dist) {
        double[] d = dist.clone();
        Arrays.sort(d);
        if (d.length == 1) {
            return 1.0;
        }
        return d.length > 1 ? 1.0 - d[0] / d[1] : 0.0;
    }

    private boolean is(String... types) {
        for (String t : types) {
            if (t.equals(type)) {
                return true;
            }
        }
        return false;
    }

    private static double gauss(double x) {
        return Math.exp(-0.5 * x * x);
    }

    private double cosTerm(double phi) {
        return Math.pow(Math.cos(facAa * phi), expCosAa);
    }

    private double geometric(double[][] u) {
        int n = u.length;
        double ipi = 1.0 / Math.PI;
        double sumQ = 0;
        double sumNorm = 0;
        double best = Double.NEGATIVE_INFINITY;
        boolean pyr = is("T", "tri_pyr", "sq_pyr", "pent_pyr", "hex_pyr");
        boolean bipyr = is("see_saw_rect", "tri_bipyr", "sq_bipyr", "pent_bipyr", "hex_bipyr", "oct_max",
                "sq_plan_max", "hex_plan_max");
        boolean hex = type.equals("hex_plan_max");
        for (int j = 0; j < n; j++) {
            double[] zaxis = u[j];
            for (int k = 0; k < n; k++) {
                if (j == k) {
                    continue;
                }
                double q = 0;
                double norm = 0;
                double thetak = Math.acos(clamp(VoronoiCell.dot(zaxis, u[k])));
                double[] xaxis = gramSchmidt(u[k], zaxis);
                double xl = Math.sqrt(VoronoiCell.dot(xaxis, xaxis));
                boolean flagX = xl < VERY_SMALL;
                if (!flagX) {
                    xaxis = new double[] {xaxis[0] / xl, xaxis[1] / xl, xaxis[2] / xl};
                }
                if (type.equals("bent")) {
                    q += gauss(igwTa * (thetak * ipi - ta));
                    norm += 1;
                } else if (is("tri_plan_max", "tet_max")) {
                    q += gauss(igwTa * (thetak * ipi - ta));
                    norm += 1;
                } else if (pyr) {
                    q += gauss(igwEp * (thetak * ipi - 0.5));
                    norm += 1;
                } else if (type.equals("cuboct_max")) {
                    if (thetak >= minSpp) {
                        q += wSpp * gauss(igwSpp * (thetak * ipi - 1.0));
                        norm += wSpp;
                    }
                } else if (bipyr) {
                    if (thetak < minSpp) {
                        q += gauss(hex ? igwTa * (Math.abs(thetak * ipi - 0.5) - ta) : igwEp * (thetak * ipi - 0.5));
                        norm += 1;
                    }
                } else if (type.equals("pent_plan_max")) {
                    double c = thetak <= ta * Math.PI ? 0.4 : 0.8;
                    q += gauss(igwTa * (thetak * ipi - c));
                    norm += 1;
                } else if (type.equals("bcc") && j < k) {
                    if (thetak >= minSpp) {
                        q += wSpp * gauss(igwSpp * (thetak * ipi - 1.0));
                        norm += wSpp;
                    }
                }
                for (int m = 0; m < n && !flagX; m++) {
                    if (m == j || m == k) {
                        continue;
                    }
                    double thetam = Math.acos(clamp(VoronoiCell.dot(zaxis, u[m])));
                    double[] x2 = gramSchmidt(u[m], zaxis);
                    double l = Math.sqrt(VoronoiCell.dot(x2, x2));
                    boolean flagX2 = l < VERY_SMALL;
                    double phi = 0;
                    if (!flagX2) {
                        phi = Math.acos(clamp((x2[0] * xaxis[0] + x2[1] * xaxis[1] + x2[2] * xaxis[2]) / l));
                    }
                    if (bipyr && thetam >= minSpp) {
                        q += gauss(igwSpp * (thetam * ipi - 1.0));
                        norm += 1;
                    }
                    if (flagX2) {
                        continue;
                    }
                    if (is("tri_plan_max", "tet_max")) {
                        q += gauss(igwTa * (thetam * ipi - ta)) * cosTerm(phi);
                        norm += 1;
                    } else if (type.equals("pent_plan_max")) {
                        double c = thetam <= ta * Math.PI ? 0.4 : 0.8;
                        double cp = Math.cos(phi);
                        q += gauss(igwTa * (thetam * ipi - c)) * cp * cp;
                        norm += 1;
                    } else if (pyr) {
                        q += cosTerm(phi) * gauss(igwEp * (thetam * ipi - 0.5));
                        norm += 1;
                    } else if (bipyr && !type.equals("see_saw_rect")) {
                        if (thetam < minSpp && thetak < minSpp) {
                            double g = hex ? igwTa * (Math.abs(thetam * ipi - 0.5) - ta) : igwEp * (thetam * ipi - 0.5);
                            q += cosTerm(phi) * gauss(g);
                            norm += 1;
                        }
                    } else if (type.equals("bcc") && j < k) {
                        if (thetak < minSpp) {
                            double fac = thetak > Math.PI / 2 ? 1.0 : -1.0;
                            double t = (thetam - Math.PI / 2) / Math.asin(1.0 / 3);
                            q += fac * Math.cos(3 * phi) * (1.0 / Math.exp(-0.5)) * t * gauss(t);
                            norm += 1;
                        }
                    } else if (type.equals("see_saw_rect")) {
                        if (thetam < minSpp && thetak < minSpp && phi < 0.75 * Math.PI) {
                            q += cosTerm(phi) * gauss(igwEp * (thetam * ipi - 0.5));
                            norm += 1;
                        }
                    } else if (type.equals("cuboct_max")) {
                        double p2 = cuboct[0];
                        double p4 = cuboct[1];
                        if (thetam < minSpp && p4 < thetak && thetak < p2) {
                            if (p4 < thetam && thetam < p2) {
                                double cp = Math.cos(phi);
                                q += cp * cp * gauss(cuboct[2] * (thetam * ipi - 0.5));
                                norm += 1;
                            } else if (thetam < p4) {
                                q += gauss(0.0556 * (Math.cos(phi - 0.5 * Math.PI) - 0.81649658))
                                        * gauss(cuboct[3] * (thetam * ipi - 1.0 / 3.0));
                                norm += 1;
                            } else if (thetam > p2) {
                                q += gauss(0.0556 * (Math.cos(phi - 0.5 * Math.PI) - 0.81649658))
                                        * gauss(cuboct[3] * (thetam * ipi - 2.0 / 3.0));
                                norm += 1;
                            }
                        }
                    }
                }
                sumQ += q;
                sumNorm += norm;
                best = Math.max(best, norm > VERY_SMALL ? q / norm : 0.0);
            }
        }
        if (type.equals("bent")) {
            return sumNorm > VERY_SMALL ? sumQ / sumNorm : Double.NaN;
        }
        if (type.equals("bcc")) {
            return n > 3 ? sumQ / (0.5 * (n * (6 + (n - 2) * (n - 3)))) : Double.NaN;
        }
        return n > 1 ? best : Double.NaN;
    }

    /** Steinhardt bond-orientational order q_l with pymatgen's polar/azimuth conventions. */
    private static double steinhardt(double[][] u, int l) {
        int n = u.length;
        double total = 0;
        for (int m = 0; m <= l; m++) {
            double re = 0;
            double im = 0;
            for (double[] v : u) {
                double theta = Math.acos(Math.max(-1.0, Math.min(v[2], 1.0)));
                double phi = 0;
                if (-LEFT_OF_UNITY < v[2] && v[2] < LEFT_OF_UNITY) {
                    phi = Math.acos(Math.max(-1.0, Math.min(v[0] / Math.sqrt(v[0] * v[0] + v[1] * v[1]), 1.0)));
                    if (v[1] < 0.0) {
                        phi = -phi;
                    }
                }
                double y = normalisation(l, m) * legendre(l, m, Math.cos(theta));
                re += y * Math.cos(m * phi);
                im += y * Math.sin(m * phi);
            }
            re /= n;
            im /= n;
            total += (m == 0 ? 1 : 2) * (re * re + im * im);
        }
        return Math.sqrt(4 * Math.PI / (2 * l + 1) * total);
    }

    private static double normalisation(int l, int m) {
        double f = 1;
        for (int i = l - m + 1; i <= l + m; i++) {
            f *= i;
        }
        return Math.sqrt((2 * l + 1) / (4 * Math.PI) / f);
    }

    /** Associated Legendre P_l^m(x) (the Condon-Shortley phase cancels in |Y_lm|). */
    private static double legendre(int l, int m, double x) {
        double pmm = 1;
        double s = Math.sqrt(Math.max(0, (1 - x) * (1 + x)));
        double fact = 1;
        for (int i = 1; i <= m; i++) {
            pmm *= -fact * s;
            fact += 2;
        }
        if (l == m) {
            return pmm;
        }
        double pmm1 = x * (2 * m + 1) * pmm;
        if (l == m + 1) {
            return pmm1;
        }
        double pll = 0;
        for (int ll = m + 2; ll <= l; ll++) {
            pll = (x * (2 * ll - 1) * pmm1 - (ll + m - 1) * pmm) / (ll - m);
            pmm = pmm1;
            pmm1 = pll;
        }
        return pll;
    }

    private static double clamp(double c) {
        return Math.max(-1.0, Math.min(c, 1.0));
    }

    private static double[] gramSchmidt(double[] v, double[] w) {
        double f = VoronoiCell.dot(v, w) / VoronoiCell.dot(w, w);
        return new double[] {v[0] - f * w[0], v[1] - f * w[1], v[2] - f * w[2]};
    }
}
