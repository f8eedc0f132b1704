import 'reflect-metadata';
import { GroupKind } from '../../src/modules/partner-groups/partner-group.types';
import type { FormFieldSpec } from '../../src/modules/process-forms/form-fields';
import type { SubmitRequestInput } from '../../src/modules/requests/request.inputs';
import { submissionProblems } from '../../src/modules/requests/request.service';

/** submitRequest's rules without a database: what a submission lacks for its group and form. */
const FIELDS: FormFieldSpec[] = [{ key: 'product', label: 'Product', type: 'TEXT', required: true }];
const input = (overrides: Partial<SubmitRequestInput> = {}) =>
  ({ departmentId: 'd', priority: 'P2', summary: 'Latency', requesterCaseNumber: 'A-1', data: { product: 'Array X' }, ...overrides }) as SubmitRequestInput;
const paths = (problems: Array<{ path: string }>) => problems.map((p) => p.path).sort();

describe('submissionProblems', () => {
  it('asks nothing more of a complete OEM submission', () => {
    expect(submissionProblems(input(), GroupKind.OEM, FIELDS)).toEqual([]);
  });

  it("names the form's missing field and, in entitlement groups, the customer", () => {
    expect(paths(submissionProblems(input({ data: {} }), GroupKind.COLLABORATIVE, FIELDS))).toEqual(['customer', 'data.product']);
    expect(paths(submissionProblems(input(), GroupKind.SOLUTION, FIELDS))).toEqual(['customer']);
    expect(submissionProblems(input({ customer: { name: 'Globex' } }), GroupKind.COLLABORATIVE, FIELDS)).toEqual([]);
  });

  it('asks a critical escalation for its business impact and the receiver case number, blank ones too', () => {
    expect(paths(submissionProblems(input(), GroupKind.CRITICAL_ESCALATION, FIELDS))).toEqual(['businessImpact', 'receiverCaseNumber']);
    expect(paths(submissionProblems(input({ businessImpact: '  ', receiverCaseNumber: 'B-9' }), GroupKind.CRITICAL_ESCALATION, FIELDS))).toEqual(['businessImpact']);
    expect(submissionProblems(input({ businessImpact: 'Payments down', receiverCaseNumber: 'B-9' }), GroupKind.CRITICAL_ESCALATION, FIELDS)).toEqual([]);
  });
});
