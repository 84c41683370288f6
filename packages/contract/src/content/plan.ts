import { z } from 'zod';

/** What a plan unlocks (stored as `subscription_plans.features`); the server checks these flags. */
export const planFeaturesSchema = z
  .object({
    premiumProblems: z.boolean(),
    premiumPaths: z.boolean(),
    aiCodeReview: z.boolean(),
    mockInterviewsPerMonth: z.number().int().min(0),
    certifications: z.boolean(),
    teamSeats: z.number().int().positive().nullable().default(null),
    support: z.enum(['community', 'email', 'priority']),
    highlights: z.array(z.string().min(1).max(200)).default([]),
  })
  .strict();

/** One subscription plan (a `subscription_plans` row, upserted by name). Prices are decimal strings or numbers. */
export const planSchema = z
  .object({
    name: z
      .string()
      .regex(/^[a-z0-9_]+$/, 'a plan name: lowercase letters, digits and underscores, like "pro_monthly"'),
    displayName: z.string().min(1).max(100),
    priceUsd: z.number().min(0).max(99_999_999),
    priceInr: z.number().min(0).max(99_999_999).optional(),
    billingPeriod: z.enum(['monthly', 'annual', 'one_time']).optional(),
    aiTokensMonthly: z.number().int().min(0).default(0),
    active: z.boolean().default(true),
    features: planFeaturesSchema,
  })
  .strict();

/** `content/plans.yaml`. */
export const plansFileSchema = z.object({ plans: z.array(planSchema).min(1) }).strict();

export type PlanFeatures = z.infer<typeof planFeaturesSchema>;
export type Plan = z.infer<typeof planSchema>;
export type PlansFile = z.infer<typeof plansFileSchema>;
