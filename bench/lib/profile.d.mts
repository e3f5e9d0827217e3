export type ProfileSummary = {
  requests: number;
  seconds: number;
  busyUsPerRequest: number;
  usPerRequest: Record<string, number>;
  topSelf: { fn: string; usPerRequest: number; share: number }[];
};
export function summariseProfile(file: string, options: { dir: string; requests: number }): ProfileSummary;
