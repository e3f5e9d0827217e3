export type ProfileSummary = {
  requests: number;
  seconds: number;
  busyUsPerRequest: number;
  usPerRequest: Record<string, number>;
  topSelf: { fn: string; usPerRequest: number; share: number }[];
  topPackages: { package: string; usPerRequest: number; share: number }[];
};
export type ProfileBucket = [name: string, test: (frame: { functionName: string; url: string; lineNumber: number; columnNumber: number }, ctx: unknown) => boolean];
export const SERVE_BUCKETS: ProfileBucket[];
export function summariseProfile(file: string, options: { dir: string; requests: number; buckets?: ProfileBucket[] }): ProfileSummary;
