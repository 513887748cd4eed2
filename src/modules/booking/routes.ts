import type { FastifyInstance } from 'fastify';
import { appointmentRoutes } from './appointment-routes.ts';
import { rotaRoutes } from './rota-routes.ts';
import { waitlistRoutes } from './waitlist-routes.ts';

/** The shared appointment book, under /api/v1/booking. */
export async function bookingRoutes(app: FastifyInstance) {
  await rotaRoutes(app);
  await appointmentRoutes(app);
  await waitlistRoutes(app);
}
