import { defineModule } from '@cp/service-kit';
import { TemplateAdmissionEntity } from './admission.entity';
import { AdmissionResolver } from './admission.resolver';

/** 准入: which templates each department may push to community officers, decided by the district. */
export const admissionModule = defineModule({
  name: 'admission',
  entities: [TemplateAdmissionEntity],
  resolvers: [AdmissionResolver],
});
