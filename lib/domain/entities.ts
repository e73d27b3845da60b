// Which publishing units belong on the dashboard: a district 医疗保障局 and its units (医疗保险事务中心,
// 医疗保障事务中心, …). Any other department's budget can be checked (doc:check) but is not imported.
import { districtByName } from "../districts";

const MEDICAL_INSURANCE_UNIT = /^上海市(\S+?区)(?:医疗保障局|医疗保险事务中心|医疗保障事务中心|医疗保险事务管理中心|医疗保障局\S*中心)$/;

/** True for "上海市宝山区医疗保障局", "上海市青浦区医疗保险事务中心"; false for 财政局, 街道, 社会福利院 … */
export function isMedicalInsuranceEntity(entityName: string): boolean {
  const match = MEDICAL_INSURANCE_UNIT.exec(entityName.replace(/\s+/g, ""));
  return match?.[1] !== undefined && districtByName(match[1]) !== undefined;
}
